/** The library's version, recorded in every answer's `widget` field. A test keeps it equal to package.json's. */
export const VERSION = '0.1.0';
