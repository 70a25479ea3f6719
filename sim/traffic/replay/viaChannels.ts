// A help desk's channel names → omnisim's channels. Exports name the channel a ticket came in
// by ("via"): omnichannel routing treats messaging channels as messaging, calls as voice
// (Talk), and everything else that is not real time — email, web forms, the API — as email.

import type { ChannelCode } from '../../model/codes.ts';
import { EMAIL, MESSAGING, VOICE } from '../../model/codes.ts';

const VIA: Record<string, ChannelCode> = {};
const add = (code: ChannelCode, names: string[]) => names.forEach((n) => (VIA[n] = code));
add(MESSAGING, ['messaging', 'native_messaging', 'web_messaging', 'mobile_messaging', 'sunshine_conversations', 'chat', 'live_chat',
  'chat_transcript', 'web_widget', 'whatsapp', 'messenger', 'facebook_messenger', 'instagram', 'instagram_dm', 'line', 'wechat',
  'telegram', 'viber', 'apple_business_chat']);
add(EMAIL, ['email', 'mail', 'web', 'web_form', 'webform', 'api', 'web_service', 'help_center']);
add(VOICE, ['voice', 'talk', 'phone', 'call', 'phone_call', 'phone_call_inbound', 'inbound_call']);

/** Names refused with a reason rather than "unknown". */
const REFUSED: Record<string, string> = {
  voicemail: 'voicemails are never routed as live calls (R5); leave these rows out, or write email if they are worked as email',
  phone_call_outbound: 'outbound calls are made by agents, not arrivals; leave these rows out',
  outbound_call: 'outbound calls are made by agents, not arrivals; leave these rows out',
};

/** "Web Messaging", "native-messaging", "EMAIL" → the key used above. */
function key(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The channel of a via name, or a message saying why it is not one. */
export function channelOfVia(name: string): ChannelCode | { error: string } {
  const k = key(name);
  const code = VIA[k];
  if (code !== undefined) return code;
  if (k === '') return { error: 'the channel is empty' };
  const refused = REFUSED[k];
  if (refused) return { error: `channel "${name.trim()}": ${refused}` };
  return { error: `channel "${name.trim()}" is not messaging, email or voice (nor a via name such as web, chat, native_messaging, api or talk)` };
}
