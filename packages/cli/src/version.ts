/** The version `acme-auth --version` prints; kept equal to package.json by a test. */
export const CLI_VERSION = '0.1.0';
