-- 011: a conversation that is an app's records of what the user did, not their talk or notes of who
-- they are (core/ingest/types.ts ParsedConversation.records), says so: its reader declares it. 'day'
-- for a day's records (each names its app and its day: the memory engine tells none of them under the
-- note's title), 'log' for other records (a shelf, a list, a library). Facts told from either stay out
-- of the user's `human` core block. NULL for talk and notes.
ALTER TABLE conversations ADD COLUMN records TEXT CHECK (records IN ('day', 'log'));

-- Conversations stored before their readers declared it: known by the keys those readers gave them.
UPDATE conversations SET records = 'day'
  WHERE external_id GLOB '[a-z]*:day:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
     OR external_id GLOB 'netflix:history:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*';
UPDATE conversations SET records = 'log'
  WHERE records IS NULL AND (
    external_id GLOB 'bookmarks:*' OR external_id GLOB 'goodreads:*' OR external_id GLOB 'letterboxd:*'
    OR external_id GLOB 'kindle:*' OR external_id GLOB 'readwise:*' OR external_id GLOB 'googletasks:*'
    OR external_id GLOB 'googlemaps:*' OR external_id GLOB 'trello:*' OR external_id GLOB 'readlater:*'
    OR external_id GLOB 'strava:*' OR external_id GLOB 'ticktick:*' OR external_id GLOB 'linkedin:connections:*'
    OR external_id GLOB 'youtube:subscriptions*' OR external_id GLOB 'bibtex:*' OR external_id GLOB 'kobo:*'
    OR external_id GLOB 'amazon:*' OR external_id GLOB 'spotify:*' OR external_id GLOB 'googlephotos:*'
    OR external_id GLOB 'bank:*' OR external_id GLOB 'uber:*' OR external_id GLOB 'storygraph:*'
    OR external_id GLOB 'applehealth:*' OR external_id GLOB 'netflix:*' OR external_id GLOB 'fitbit:*'
    OR external_id GLOB 'applemusic:*');
