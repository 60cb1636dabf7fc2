/**
 * Content-addressed file storage shared by every area (run artifacts, dataset files, models): blobs are named by
 * the SHA-256 of their content, written and read as streams, published atomically, kept alive by owner references
 * and garbage-collected once unreferenced.
 * <p>
 * {@link org.aiplatform.kernel.api.blob.BlobService} is what bundles use; {@link org.aiplatform.kernel.api.blob.BlobStore}
 * is the storage SPI under it (the local filesystem by default; an S3-compatible store replaces it by registering
 * with a higher {@code service.ranking}).
 * <p>
 * Room for chunking (content-defined chunks for deduplication, planned for datasets): callers only ever see the
 * hash of the whole content, a logical size and streams. A chunking store can split a put into chunks, keep a
 * manifest under the whole-content hash and reassemble on open, without changing this API; what it stores beyond
 * the logical bytes would be reported by a new {@code BlobInfo} component (a minor version).
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.aiplatform.kernel.api.blob;
