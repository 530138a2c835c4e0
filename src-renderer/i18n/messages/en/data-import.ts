/**
 * The Data view's report of an import (what reading the file with the current choices does,
 * before it is confirmed), in English: the command line's words, from the one list main
 * also prints them from. Ids and values come from main (ImportReport.said).
 */
import { REPORT_ENGLISH } from '../../../../src-main/contract/report-messages';

export default {
  report: REPORT_ENGLISH,
};
