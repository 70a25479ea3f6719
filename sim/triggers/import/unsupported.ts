// Trigger fields of the help desk that have no meaning in a routing simulation, with the
// reason the import gives when it meets one.

export const NOT_SIMULATED_CONDITIONS: Record<string, string> = {
  requester_id: 'requesters are not simulated',
  organization_id: 'organizations are not simulated',
  ticket_form_id: 'ticket forms are not simulated',
  ticket_type_id: 'ticket types are not simulated',
  subject_includes_word: 'ticket text is not simulated',
  comment_includes_word: 'ticket text is not simulated',
  comment_is_public: 'comments are not simulated',
  comment_value: 'comments are not simulated',
  received_from: 'email addresses are not simulated',
  recipient: 'email addresses are not simulated',
  requester_role: 'user roles are not simulated',
  role: 'user roles are not simulated',
  satisfaction_score: 'satisfaction ratings are not simulated (surveys sent are)',
  reopens: 'reopen counts are not simulated',
  replies: 'reply counts are not simulated',
  agent_stations: 'assignment history counts are not simulated',
  group_stations: 'assignment history counts are not simulated',
  locale_id: 'languages are not simulated',
  requester_twitter_followers_count: 'social profiles are not simulated',
  requester_twitter_statuses_count: 'social profiles are not simulated',
  requester_twitter_verified: 'social profiles are not simulated',
  exact_created_at: 'calendar dates are not simulated (use activeWindows)',
};

export const NOT_SIMULATED_ACTIONS: Record<string, string> = {
  ticket_type_id: 'ticket types are not simulated',
  ticket_form_id: 'ticket forms are not simulated',
  brand_id: 'changing a ticket\'s brand is not simulated (R7: a ticket keeps the brand drawn at arrival)',
  requester_id: 'requesters are not simulated',
  cc: 'CCs are not simulated',
  follower: 'followers are not simulated',
  comment_value: 'comments are not simulated',
  comment_value_html: 'comments are not simulated',
  comment_mode_is_public: 'comments are not simulated',
  locale_id: 'languages are not simulated',
  share_ticket: 'ticket sharing is not simulated',
  deletion_status: 'deleting tickets is not simulated',
};
