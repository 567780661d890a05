/**
 * The renderer modules that only declare (components, hooks, constants, types): every module of a
 * feature. The renderer build drops such a module whole when none of its exports is used
 * (electron.vite.config.ts), so what a feature's index.ts re-exports for a lazy page alone (a settings
 * panel, a form field) stays out of the calendar's first paint; tests/renderer/firstPaint.test.ts follows
 * the same rule. A feature module must therefore do nothing on import. The plain `.css` files some of them
 * import are not matched: they are kept wherever the module importing them is.
 */
export const declaresOnly = (id: string): boolean => /\/renderer\/src\/features\/.+\.tsx?$/.test(id);
