/** The demo location's credentials: public by design, shown on the sign-in screen. */
export const DEMO_SIGN_IN = {
  partnerToken: 'demo-partner-token',
  login: 'admin@demo.frontdesk',
  phone: '+15555550100',
  password: 'demo',
} as const;
