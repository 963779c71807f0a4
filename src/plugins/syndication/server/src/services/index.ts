import agencies from './agencies';
import csvImport from './csv-import';
import ingest from './ingest';
import mentionStore from './mention-store';
import rollups from './rollups';
import stats from './stats';

export default { agencies, csvImport, ingest, mentionStore, rollups, stats };
