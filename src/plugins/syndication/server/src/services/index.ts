import agencies from './agencies';
import csvImport from './csv-import';
import feedFetcher from './feed-fetcher';
import feeds from './feeds';
import ingest from './ingest';
import locks from './locks';
import mentionStore from './mention-store';
import mentions from './mentions';
import rollupStore from './rollup-store';
import rollups from './rollups';
import stats from './stats';

export default { agencies, csvImport, feedFetcher, feeds, ingest, locks, mentionStore, mentions, rollupStore, rollups, stats };
