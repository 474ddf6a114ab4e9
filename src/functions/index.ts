/**
 * The entry of functions.js: every file of =MINE.* functions, imported for what the build appends to it (the
 * CustomFunctions.associate calls). One entry module rather than a list of seven lets the bundler put the whole
 * runtime into one scope: modules that several function files share (cells, messages, parameters) are otherwise
 * kept apart, each behind its own table of exports, and functions.js (30 KB gzipped at most) grows by them.
 */
import "./mining";
import "./processing";
import "./utilization";
import "./reserves";
import "./licence";
import "./evaluation";
import "./standards";
