import { createSharedWorkResolver } from '../../common/shared-work.resolver';
import { Project, ProjectOwner } from './project.entity';

export const ProjectResolver = createSharedWorkResolver({
  entity: Project,
  owner: ProjectOwner,
  ownerKey: 'projectId',
  table: 'project',
  plural: 'projects',
  label: 'project',
});
