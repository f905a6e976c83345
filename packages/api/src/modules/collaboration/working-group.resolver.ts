import { workingGroupSchema } from '@kruispunt/shared';
import { createSharedWorkResolver } from './shared-work.resolver';
import { createSharedWorkWriteResolver } from './shared-work-write.resolver';
import { WorkingGroup, WorkingGroupOwner } from './working-group.entity';
import { WorkingGroupInput } from './working-group.inputs';

export const WorkingGroupResolver = createSharedWorkResolver({
  entity: WorkingGroup,
  owner: WorkingGroupOwner,
  ownerKey: 'workingGroupId',
  table: 'working_group',
  plural: 'workingGroups',
  label: 'working group',
});

export const WorkingGroupWriteResolver = createSharedWorkWriteResolver({
  type: 'WorkingGroup',
  entity: WorkingGroup,
  table: 'working_group',
  schema: workingGroupSchema,
  columns: ['name', 'kind', 'description', 'cadence', 'periodStart', 'periodEnd', 'funder'],
  input: WorkingGroupInput,
  label: 'working group',
});
