-- 010: a revisited screen is stored without reading or encoding it again (core/capture/README.md,
-- "Revisits"): its frames row and `screenshot` source repeat the text of the frame first read for
-- that screen and point at that frame's image file, so one image file may have several rows
-- pointing at it. Deleting a row deletes the file only when no other row points at it
-- (repos/frames.ts releaseImage); the file's bytes are recorded on one of them (moved to another
-- when that one goes), so SUM(frames.bytes) stays the bytes on disk.

-- id of the frame first read for this screen, whose text and image this frame repeats; NULL when
-- the frame was read and encoded itself. Not a foreign key: that frame may be pruned while this
-- one lives (the text and the file stay with this one).
ALTER TABLE frames ADD COLUMN same_as INTEGER;
CREATE INDEX frames_same_as ON frames (same_as) WHERE same_as IS NOT NULL;

-- who else points at an image file, asked for each deleted frame or source
CREATE INDEX frames_image ON frames (image_path) WHERE image_path IS NOT NULL;
CREATE INDEX sources_image ON sources (image_path) WHERE image_path IS NOT NULL;
