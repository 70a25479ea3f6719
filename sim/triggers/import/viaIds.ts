// Via ids and via types of the help desk (API reference "Via types") → the channel omnisim
// simulates, following the table's omnichannel-routing column: web form, email and API tickets
// route as email; chat and the messaging channels as messaging; calls and voicemail as voice.

const EMAIL = new Set(['0', '4', '5', 'web_form', 'mail', 'email', 'web_service', 'api']);
const MESSAGING = new Set(['29', 'chat', 'messaging', 'native_messaging', 'whatsapp', 'facebook_messenger', 'instagram_dm',
  'line', 'wechat', 'telegram', 'viber', 'apple_business_chat', 'google_business_messages', 'twilio_sms', 'messagebird_sms',
  'sunshine_conversations_api', 'sunshine_conversations_facebook_messenger', 'sunshine_conversations_twitter_dm', 'any_channel']);
const VOICE = new Set(['33', '34', '35', '44', '45', '46', 'voicemail', 'phone_call_inbound', 'phone_call_outbound', 'voice', 'talk']);

export function viaChannel(value: unknown): 'email' | 'messaging' | 'voice' | null {
  const v = String(value).toLowerCase();
  if (EMAIL.has(v)) return 'email';
  if (MESSAGING.has(v)) return 'messaging';
  if (VOICE.has(v)) return 'voice';
  return null;
}
