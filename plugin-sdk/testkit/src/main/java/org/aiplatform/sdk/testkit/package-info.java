/**
 * Testing plugins and the platform itself against the real distribution: {@link
 * org.aiplatform.sdk.testkit.PlatformTestSupport} boots it under Pax Exam, {@link
 * org.aiplatform.sdk.testkit.PlatformHttp} calls its REST API, and a token realm configured by
 * {@link org.aiplatform.sdk.testkit.TestRealm} authenticates the calls.
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.aiplatform.sdk.testkit;
