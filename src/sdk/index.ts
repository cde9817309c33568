export * from './schemas';
export * from './errors';
export type { FieldIssue } from './rules';
export { validatePaymentOrderCreation, validateGetPaymentOrdersQuery } from './validation';
