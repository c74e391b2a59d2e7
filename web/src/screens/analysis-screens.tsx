import type { AnalysisScreen } from '../router.js';
import { ClaimsScreen } from './claims/claims-screen.js';
import { HypothesesScreen } from './hypotheses/hypotheses-screen.js';
import { IndexScreen } from './index/index-screen.js';
import { MapScreen } from './map/map-screen.js';
import { NarrativesScreen } from './narratives/narratives-screen.js';
import { NetworkScreen } from './network/network-screen.js';
import { TimelineScreen } from './timeline/timeline-screen.js';

/** The screen of an analysis route. */
export function AnalysisScreenView({ name }: { readonly name: AnalysisScreen }) {
  switch (name) {
    case 'timeline': return <TimelineScreen />;
    case 'index': return <IndexScreen />;
    case 'network': return <NetworkScreen />;
    case 'map': return <MapScreen />;
    case 'claims': return <ClaimsScreen />;
    case 'narratives': return <NarrativesScreen />;
    case 'hypotheses': return <HypothesesScreen />;
  }
}
