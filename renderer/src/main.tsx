import '../../shared/zodJitless';

// The app, and with it every zod schema, is evaluated only once zod is configured: a static import would be
// evaluated first, since the bundle puts shared modules in chunks that run before this one's body.
void import('./start');
