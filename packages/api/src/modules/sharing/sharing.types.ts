import { createUnionType } from 'type-graphql';
import { Action } from '../action/action.entity';
import { Project } from '../collaboration/project.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';

/**
 * A union rather than an interface: the three types share only ownership (`owners`,
 * `invitations`), which each resolves in its own way, and an interface would have to be declared
 * on every entity's @ObjectType. Clients select what they need with `... on WorkingGroup`.
 */
export const SharedWork = createUnionType({
  name: 'SharedWork',
  description: 'Work that several zones can own together: a working group, a project or an action. Use `... on WorkingGroup { ... }` to select fields.',
  types: () => [WorkingGroup, Project, Action] as const,
  resolveType: (value) => (value instanceof WorkingGroup ? 'WorkingGroup' : value instanceof Project ? 'Project' : 'Action'),
});
