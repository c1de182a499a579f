package org.accord.publishing.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Interface strings of the exports pages in English; French and German in messages/exports_&lt;lang&gt;.properties. */
@MessageBundle("exports")
public interface ExportMessages {

    @Message("Exports")
    String title();

    @Message("Every frozen draft version can be downloaded in the standards world's formats. A version whose ballot"
            + " passed and carried the standard to the consensus draft can be bundled, signed, for other bodies.")
    String intro();

    @Message("Draft versions")
    String versions();

    @Message("No draft version has been frozen yet.")
    String no_versions();

    @Message("Standard")
    String standard();

    @Message("Version")
    String version();

    @Message("Stage")
    String stage();

    @Message("Frozen")
    String frozen();

    @Message("Content hash")
    String content_hash();

    @Message("Signed bundles")
    String bundles();

    @Message("No bundle has been built yet.")
    String no_bundles();

    @Message("Bundle built on {at} by {by}")
    String bundle_of(String at, String by);

    @Message("Download")
    String download();

    @Message("Frozen at stage {stage} on {at}")
    String version_facts(String stage, String at);

    @Message("{#when stage}{#is 'WORKING_DRAFT'}Working draft{#is 'COMMITTEE_DRAFT'}Committee draft"
            + "{#is 'CONSENSUS_DRAFT'}Consensus draft{#is 'APPROVED'}Approved{#is 'PUBLISHED'}Published"
            + "{#is 'WITHDRAWN'}Withdrawn{#else}{stage}{/when}")
    String stage_name(String stage);

    @Message("{size} B")
    String bytes(String size);

    @Message("Downloads")
    String downloads();

    @Message("Format")
    String format();

    @Message("Status")
    String status();

    @Message("Size")
    String size();

    @Message("Size: {size}")
    String size_of(String size);

    @Message("{reference} {label}: {title}")
    String version_heading(String reference, String label, String title);

    @Message("{#when format}{#is 'sts'}NISO STS XML{#is 'akoma-ntoso'}Akoma Ntoso XML{#is 'pdf'}PDF (PDF/A-3a, PDF/UA-1)"
            + "{#is 'docx'}Word (DOCX){#is 'html'}HTML{#is 'markdown'}Markdown{#is 'json'}JSON{#else}{format}{/when}")
    String format_name(String format);

    @Message("Stored")
    String ready();

    @Message("Being rendered")
    String generating();

    @Message("Rendering {format} …")
    String generating_since(String format);

    @Message("Could not be rendered: {reason}")
    String failed(String reason);

    @Message("Rendered on first download")
    String on_demand();

    @Message("Consensus bundle")
    String bundle_heading();

    @Message("One ZIP file with every format, the ballot result, the disposition of comments and the standard's"
            + " decisions, with a manifest of SHA-256 hashes signed as JWS and as CMS.")
    String bundle_intro();

    @Message("Key")
    String key();

    @Message("Build and sign the bundle")
    String build_bundle();

    @Message("Verify a bundle")
    String verify_title();

    @Message("Signing keys")
    String keys_title();

    @Message("Liaison statements")
    String statements();

    @Message("Bundles are signed with the key below. Its certificate and public key are published here so that anyone"
            + " can check a bundle's signatures, with this site or with ordinary tools.")
    String keys_intro();

    /** The name of the key format, the standard's own English name in every language. */
    @Message("JSON Web Key Set")
    String jwks();

    @Message("Certificate")
    String certificate();

    @Message("Checking a bundle offline")
    String offline_title();

    @Message("Save the certificate above as accord-signing.pem and unpack the bundle; the first command checks the CMS"
            + " signature of the manifest against it, the second each file's SHA-256 against the manifest.")
    String offline_intro();

    @Message("Upload a bundle to check its two signatures, every file's hash, and that the ballot approved exactly the"
            + " text the bundle carries. Nothing you upload is stored.")
    String verify_intro();

    @Message("Bundle (ZIP)")
    String bundle_file();

    @Message("Verify")
    String verify();

    @Message("{name} verifies: every check passed.")
    String verified(String name);

    @Message("{name} does not verify.")
    String not_verified(String name);

    @Message("Check")
    String check();

    @Message("Outcome")
    String outcome();

    @Message("Finding")
    String finding();

    @Message("passed")
    String passed();

    @Message("failed")
    String failed_check();
}
