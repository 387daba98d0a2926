/** The gazetteer of Thuringia at build time: for the finder's data, the district pages and the attribution. */
import compact from './gazetteer/thueringen.json' with { type: 'json' };
import { expandGazetteer, type CompactGazetteer, type GazetteerSource } from '../lib/gazetteer';

const data = compact as unknown as CompactGazetteer;

export const gazetteer = expandGazetteer(data);
export const gazetteerSource: GazetteerSource = data.source;
