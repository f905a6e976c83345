// A working group or project as its page, form and history read it.
import type { ProjectPageQuery, WorkingGroupPageQuery } from '@/gql/graphql';

export type SharedItem = ({ type: 'WorkingGroup' } & NonNullable<WorkingGroupPageQuery['workingGroup']>) | ({ type: 'Project' } & NonNullable<ProjectPageQuery['project']>);
