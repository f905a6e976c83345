
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "CoOwned": [
      "Action",
      "Project",
      "WorkingGroup"
    ],
    "Collaboration": [
      "Project",
      "WorkingGroup"
    ],
    "Node": [
      "Action",
      "ActionIndicator",
      "ActionMonth",
      "ActionPlan",
      "ActionReview",
      "ActionStep",
      "ApiToken",
      "Cluster",
      "IndicatorValue",
      "MultiYearPlan",
      "Notification",
      "OperationalGoal",
      "OwnershipInvitation",
      "Partner",
      "PlanSubmission",
      "Project",
      "Region",
      "Remark",
      "RemarkReply",
      "StrategicGoal",
      "Theme",
      "User",
      "WorkingGroup",
      "Zone"
    ],
    "SharedWork": [
      "Action",
      "Project",
      "WorkingGroup"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "CoOwned": [
      "Action",
      "Project",
      "WorkingGroup"
    ],
    "Collaboration": [
      "Project",
      "WorkingGroup"
    ],
    "Node": [
      "Action",
      "ActionIndicator",
      "ActionMonth",
      "ActionPlan",
      "ActionReview",
      "ActionStep",
      "ApiToken",
      "Cluster",
      "IndicatorValue",
      "MultiYearPlan",
      "Notification",
      "OperationalGoal",
      "OwnershipInvitation",
      "Partner",
      "PlanSubmission",
      "Project",
      "Region",
      "Remark",
      "RemarkReply",
      "StrategicGoal",
      "Theme",
      "User",
      "WorkingGroup",
      "Zone"
    ],
    "SharedWork": [
      "Action",
      "Project",
      "WorkingGroup"
    ]
  }
};
      export default result;
    