// The one client bundle: progressive enhancements only; every page works without it.
import { sendBeacon } from './beacon.js';
import './footnotes.js';

if (typeof document !== 'undefined') void sendBeacon(document);
