package org.cityos.catalog.collection;

import java.io.IOException;

/** Reads a batch record by record into a reused {@link RowFields}, never holding more than one record. */
interface RecordReader {

	/** Fills {@code row} with the next record; false at the end of the batch. */
	boolean next(RowFields row) throws IOException;

	/** The line the reader has reached, for messages about the batch as a whole. */
	long line();

	/** The longest record accepted, in characters: longer ones are almost always an unclosed quote. */
	int MAX_RECORD = 4 * 1024 * 1024;
}
