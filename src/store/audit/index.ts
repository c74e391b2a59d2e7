/** The tamper-evident audit log: one chained writer, a pure chain check, and its walk over the store. */
export { appendAudit, type UnchainedAuditRow } from './append-audit.js';
export { CHAIN_FORMAT, CHAINED_FIELDS, GENESIS_HASH, canonicalAuditEntry, chainHash, type ChainedAuditFields } from './chain-hash.js';
export { CHAIN_START, checkChain, sealRows, stepChain, type AuditChainProblem, type ChainPosition, type SealedAuditRow } from './check-chain.js';
export { verifyAuditChain, type AuditChainSummary, type VerifyOptions } from './verify-audit-chain.js';
