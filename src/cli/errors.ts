/** A usage problem reported with one clear message and exit code 2. */
export class UsageError extends Error {}
