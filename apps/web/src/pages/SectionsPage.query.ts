import { graphql } from '../gql';

// The whole tree with each section's figures in one request: the report is small, and moving between sections is
// then instant from the cache.
export const SECTIONS_PAGE = graphql(`
  query SectionsPage($orgUnitCode: String!, $programme: String!) {
    report(orgUnitCode: $orgUnitCode, programme: $programme) {
      id
      title
      sections {
        ...SectionView_section
        children {
          ...SectionView_section
          children {
            ...SectionView_section
            children {
              ...SectionView_section
            }
          }
        }
      }
    }
  }
`);
