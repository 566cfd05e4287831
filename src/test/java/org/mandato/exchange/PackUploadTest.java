package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Secretariat's pack upload takes untrusted archives: bad ones answer 400 with the reason, none
 * makes the server write or read outside the upload's own folder, and that folder is gone after every
 * upload, loaded or refused.
 */
@MandatoWriteTest
class PackUploadTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PackUploads uploads;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PackImporter importer;

    @AfterEach
    void nothingIsLeftInTheUploadFolder() throws IOException {
        assertThat(leftInUploadFolder()).isEmpty();
    }

    @Test
    void anExportedPackLoadsAndLeavesNoFolderBehind() throws Exception {
        byte[] pack = mvc.perform(get("/export/pack.zip")).andReturn().getResponse().getContentAsByteArray();

        MockHttpServletResponse answer = upload(pack);

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).startsWith("Loaded 'Mandato public data': ");
    }

    @Test
    void aPackWithABadRowIsRefusedAndLeavesNoFolderBehind() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pack.properties", "name=bad row\nfiles=themes.csv\n");
        files.put("themes.csv", "slug,parent,name_en\nupload-probe,no-such-parent,Probe\n");

        MockHttpServletResponse answer = upload(zip(files));

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString()).startsWith("themes.csv line 2: ");
        assertThat(jdbc.sql("select count(*) from theme where slug = 'upload-probe'").query(Integer.class).single()).isZero();
    }

    @Test
    void entriesThatLeaveTheArchiveAreRefusedAndNothingIsWrittenOutside() throws Exception {
        Path outside = uploads.folder().resolve("escaped.csv");

        MockHttpServletResponse climbing = upload(zip(Map.of("pack.properties", "files=themes.csv\n", "../escaped.csv", "x")));
        MockHttpServletResponse nested = upload(zip(Map.of("paragraphs/../../escaped.csv", "x")));
        MockHttpServletResponse absolute = upload(zip(Map.of("/tmp/mandato-absolute-probe.csv", "x")));
        MockHttpServletResponse windows = upload(zip(Map.of("..\\escaped.csv", "x")));

        assertThat(climbing.getStatus()).isEqualTo(400);
        assertThat(climbing.getContentAsString()).isEqualTo("archive: the uploaded file names '../escaped.csv', a path outside the pack\n");
        assertThat(nested.getStatus()).isEqualTo(400);
        assertThat(absolute.getStatus()).isEqualTo(400);
        assertThat(absolute.getContentAsString()).contains("names an absolute path '/tmp/mandato-absolute-probe.csv'");
        assertThat(windows.getStatus()).isEqualTo(400);
        assertThat(outside).doesNotExist();
        assertThat(Path.of("/tmp/mandato-absolute-probe.csv")).doesNotExist();
    }

    @Test
    void badArchivesAnswer400WithTheReason() throws Exception {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i <= PackArchive.MAX_ENTRIES; i++) {
            many.put("file-" + i + ".csv", "");
        }

        MockHttpServletResponse notZip = upload("not a zip at all".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse truncated = upload(java.util.Arrays.copyOf(zip(Map.of("themes.csv", "slug\nx\n".repeat(500))), 60));
        MockHttpServletResponse tooMany = upload(zip(many));
        MockHttpServletResponse twice = upload(twice());

        assertThat(notZip.getStatus()).isEqualTo(400);
        assertThat(notZip.getContentAsString()).isEqualTo("archive: the uploaded file is not a zip archive, or holds no file\n");
        assertThat(truncated.getStatus()).isEqualTo(400);
        assertThat(truncated.getContentAsString()).startsWith("archive: the uploaded file ");
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(tooMany.getContentAsString()).contains("holds more than 1000 entries");
        assertThat(twice.getStatus()).isEqualTo(400);
        assertThat(twice.getContentAsString()).contains("holds 'themes.csv' twice");
    }

    @Test
    void aManifestNamingFilesOutsideThePackIsRefused() throws Exception {
        for (String named : List.of("../../../../../../etc/passwd", "/etc/passwd", "paragraphs/../../../etc/passwd",
                "file:/etc/passwd", "%2e%2e/%2e%2e/etc/passwd")) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("pack.properties", "name=probe\nfiles=" + named + "\n");
            files.put("themes.csv", "slug,name_en\nx,X\n");

            MockHttpServletResponse answer = upload(zip(files));

            assertThat(answer.getStatus()).as(named).isEqualTo(400);
            assertThat(answer.getContentAsString()).as(named)
                    .startsWith("pack.properties: 'files' names '" + named + "', which is not a path inside the pack")
                    .doesNotContain("root:");
        }
    }

    @Test
    void aSymbolicLinkLeadingOutOfThePackIsNotFollowed(@TempDir Path temp) throws Exception {
        Path outside = Files.writeString(temp.resolve("outside-themes.csv"), "slug,parent,name_en\nsymlink-probe,no-such-parent,Probe\n");
        Path pack = Files.createDirectory(temp.resolve("pack"));
        Files.writeString(pack.resolve("pack.properties"), "name=probe\nfiles=themes.csv\n");
        Files.createSymbolicLink(pack.resolve("themes.csv"), outside);

        assertThatThrownBy(() -> importer.load(pack.toUri().toString()))
                .isInstanceOf(PackLoadException.class)
                .hasMessage("pack.properties: 'files' names 'themes.csv', which leads outside the pack (a symbolic link)");
        assertThat(jdbc.sql("select count(*) from theme where slug = 'symlink-probe'").query(Integer.class).single()).isZero();

        Files.delete(pack.resolve("themes.csv"));
        Files.copy(outside, pack.resolve("themes.csv"));
        assertThatThrownBy(() -> importer.load(pack.toUri().toString())).as("the same file inside the pack is read")
                .hasMessageStartingWith("themes.csv line 2: ");
    }

    @Test
    void aZipBombIsRefusedAtTheLimit() throws Exception {
        byte[] bomb = ZipBombs.gibibyteOfZeros();
        assertThat(bomb.length).as("a small upload").isLessThan(1_200_000);

        MockHttpServletResponse answer = upload(bomb);

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString()).isEqualTo("archive: the uploaded file unpacks to more than 200 MB (stopped at 'reports.csv')\n");
    }

    private MockHttpServletResponse upload(byte[] zip) throws Exception {
        var file = new MockMultipartFile("file", "pack.zip", "application/zip", zip);
        MockHttpServletResponse response = mvc.perform(multipart("/secretariat/import/pack").file(file)
                .with(user(TestUsers.secretariat())).with(csrf())).andReturn().getResponse();
        assertThat(leftInUploadFolder()).as("folders left after the upload").isEmpty();
        return response;
    }

    private List<Path> leftInUploadFolder() throws IOException {
        if (!Files.isDirectory(uploads.folder())) {
            return List.of();
        }
        try (Stream<Path> left = Files.list(uploads.folder())) {
            return left.toList();
        }
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** ZipOutputStream refuses a name twice, so the second entry is written under another name of the same length and renamed. */
    private static byte[] twice() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("themes.csv", "slug\na\n");
        files.put("themes.csX", "slug\nb\n");
        byte[] zip = zip(files);
        String text = new String(zip, StandardCharsets.ISO_8859_1).replace("themes.csX", "themes.csv");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
