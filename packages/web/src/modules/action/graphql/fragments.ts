import { graphql } from '@/gql';

/**
 * The sections every reading of a whole action sheet shows (the action page, the editor, the
 * print view): the texts, the steps, the evaluation, the indicators and the timeline.
 */
export const ActionSheetSectionsFragment = graphql(`
  fragment ActionSheetSections on Action {
    what
    inScope
    outOfScope
    why
    targetGroups
    councilRole
    contactPerson {
      id
      name
      email
    }
    stakeholdersOther
    linkNotes
    communicationChannels
    steps {
      id
      position
      text
      month
      date
    }
    evaluation {
      process {
        chosen
        text
      }
      output {
        chosen
        text
      }
      outcome {
        chosen
        text
      }
    }
    indicators {
      id
      position
      kind
      name
      method
      targetValue
      targetUnit
    }
    timeline {
      id
      month
      milestone
    }
  }
`);
