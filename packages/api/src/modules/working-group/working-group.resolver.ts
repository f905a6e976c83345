import { createSharedWorkResolver } from '../../common/shared-work.resolver';
import { WorkingGroup, WorkingGroupOwner } from './working-group.entity';

export const WorkingGroupResolver = createSharedWorkResolver({
  entity: WorkingGroup,
  owner: WorkingGroupOwner,
  ownerKey: 'workingGroupId',
  table: 'working_group',
  plural: 'workingGroups',
  label: 'working group',
});
