// Imported first by every process entry point: a bad variable stops the process with one line
// naming it, before any module opens a connection with it.
import { configOrExit } from './config';

configOrExit();
