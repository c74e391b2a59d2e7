/** Accounts, roles, password hashes and sessions of server mode (migration 0006-accounts). */
export { accountsDb, type AccountsTables } from './accounts-schema.js';
export {
  addAccount,
  countAccounts,
  findAccount,
  listAccounts,
  nameProblem,
  passwordHashOf,
  removeAccount,
  setPasswordHash,
  setRole,
  type Account,
  type AccountError,
} from './account-store.js';
export { decoyHash, hashPassword, needsRehash, passwordProblem, SCRYPT_PARAMS, verifyPassword, type ScryptParams } from './password-hash.js';
export { isRole, roleAllows, ROLES, type Role } from './role.js';
export { accountOfToken, createSession, deleteSession, pruneSessions, SESSION_LIMITS, tokenHash, type SessionKind, type SessionLimits } from './session-store.js';
