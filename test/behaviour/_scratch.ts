import { record, ticketLines, line } from '../support/record.ts';
const yaml = `
name: t
horizon: 1h
channels:
  messaging:
    arrivals: { times: [0s] }
    conversation:
      mode: exchanges
      exchanges: 2
      agentReplyTime: { distribution: deterministic, value: 10s }
      customerThinkTime: { distribution: deterministic, value: 20s }
      closing: { agentEndsSession: 1 }
agents:
  - { team: a, count: 1, capacity: { messaging: 1, email: 1 } }
`;
const r = record(yaml);
for (const e of r.events) console.log(line(r, e));
