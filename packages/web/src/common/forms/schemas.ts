// The shared schemas the forms of always-loaded pages check with, loaded through loadSchemas()
// only (./load-schemas.ts): a static import of this module would bring zod back into the page.
export {
  actionCreateSchema,
  actionReviewSchema,
  contactEmailSchema,
  fieldIssues,
  indicatorValueSchema,
  invitationSchema,
  inviteUserSchema,
  planTextsSchema,
  requestPasswordResetSchema,
  zoneProfileSchema,
} from '@kruispunt/shared';
