import { projectSchema } from '@kruispunt/shared';
import { createSharedWorkResolver } from './shared-work.resolver';
import { createSharedWorkWriteResolver } from './shared-work-write.resolver';
import { Project, ProjectOwner } from './project.entity';
import { ProjectInput } from './project.inputs';

export const ProjectResolver = createSharedWorkResolver({
  entity: Project,
  owner: ProjectOwner,
  ownerKey: 'projectId',
  table: 'project',
  plural: 'projects',
  label: 'project',
});

export const ProjectWriteResolver = createSharedWorkWriteResolver({
  type: 'Project',
  entity: Project,
  table: 'project',
  schema: projectSchema,
  columns: ['name', 'status', 'description', 'cadence', 'periodStart', 'periodEnd', 'funder'],
  input: ProjectInput,
  label: 'project',
});
