package io.edgewise.registry;

import static io.edgewise.registry.RegistryFixtures.createModel;
import static io.edgewise.registry.RegistryFixtures.deployVersion;
import static io.edgewise.registry.RegistryFixtures.incomingFiles;
import static io.edgewise.registry.RegistryFixtures.storedFiles;
import static io.edgewise.registry.RegistryFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModelVersionApiTest {

  static final byte[] MLP = OnnxTestModels.mlp().toByteArray();
  static final String MLP_SHA256 = OnnxTestModels.sha256(MLP);

  @Test
  void operatorUploadsAnOnnxModelAndItsMetadataIsExtracted() {
    TestTenant t = TestTenant.create("upload");
    String modelId = createModel(t, "mlp");

    String versionId =
        upload(t.operator(), modelId, "1.0.0", MLP)
            .statusCode(201)
            .body("label", equalTo("1.0.0"))
            .body("modelId", equalTo(modelId))
            .body("sha256", equalTo(MLP_SHA256))
            .body("sizeBytes", equalTo(MLP.length))
            .body("format", equalTo("ONNX"))
            .body("irVersion", equalTo(8))
            .body("opsetVersion", equalTo(13))
            .body("producer", equalTo(OnnxTestModels.PRODUCER))
            .body("nodeCount", equalTo(3))
            .body(
                "inputs",
                equalTo(
                    List.of(
                        Map.of("name", "x", "elemType", "FLOAT", "shape", List.of("batch", "4")))))
            .body("outputs[0].name", equalTo("y"))
            .body("outputs[0].shape", equalTo(List.of("batch", "3")))
            .body("createdBy", equalTo(t.operatorEmail()))
            .body("createdAt", notNullValue())
            .extract()
            .path("id");

    t.viewer()
        .get("/api/v1/models/" + modelId + "/versions/" + versionId)
        .then()
        .statusCode(200)
        .body("sha256", equalTo(MLP_SHA256))
        .body("inputs[0].elemType", equalTo("FLOAT"));
    t.viewer()
        .get("/api/v1/models/" + modelId + "/versions")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].id", equalTo(versionId));
    t.viewer()
        .get("/api/v1/models/" + modelId)
        .then()
        .body("versionCount", equalTo(1))
        .body("latestVersion", equalTo("1.0.0"));
    assertThat(storedFiles(t)).containsExactly(MLP_SHA256);
  }

  @Test
  void downloadReturnsTheIdenticalBytesTaggedWithTheirSha256() {
    TestTenant t = TestTenant.create("download");
    String modelId = createModel(t, "mlp");
    String path =
        "/api/v1/models/"
            + modelId
            + "/versions/"
            + upload(t.operator(), modelId, "2.1", MLP).statusCode(201).extract().path("id");

    ExtractableResponse<Response> download =
        t.viewer()
            .get(path + "/artifact")
            .then()
            .statusCode(200)
            .contentType("application/octet-stream")
            .header("ETag", "\"" + MLP_SHA256 + "\"")
            .header("Content-Length", String.valueOf(MLP.length))
            .header("Content-Disposition", "attachment; filename=\"mlp-2.1.onnx\"")
            .extract();
    assertThat(download.asByteArray()).isEqualTo(MLP);

    t.viewer()
        .header("If-None-Match", "\"" + MLP_SHA256 + "\"")
        .get(path + "/artifact")
        .then()
        .statusCode(304);
  }

  @Test
  void acceptsTheOnnxMediaType() {
    TestTenant t = TestTenant.create("onnxtype");
    String modelId = createModel(t, "mlp");
    t.operator()
        .contentType("application/onnx")
        .queryParam("label", "1")
        .body(MLP)
        .post("/api/v1/models/" + modelId + "/versions")
        .then()
        .statusCode(201);
    t.operator()
        .contentType("application/json")
        .queryParam("label", "2")
        .body("{}")
        .post("/api/v1/models/" + modelId + "/versions")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void refusesFilesThatAreNotOnnxModelsSayingWhyAndKeepsNothing() {
    TestTenant t = TestTenant.create("notonnx");
    String modelId = createModel(t, "junk");
    byte[] noise = new byte[64 * 1024];
    new Random(1).nextBytes(noise);

    upload(
            t.operator(),
            modelId,
            "text",
            "model: resnet50\nweights: none\n".getBytes(StandardCharsets.UTF_8))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", containsString("invalid-artifact"))
        .body("detail", containsString("not a well-formed protobuf ModelProto"));
    upload(t.operator(), modelId, "noise", noise)
        .statusCode(422)
        .body("detail", containsString("not a valid ONNX model"));
    upload(t.operator(), modelId, "empty", new byte[0])
        .statusCode(422)
        .body("detail", containsString("empty"));
    upload(t.operator(), modelId, "no-nodes", OnnxTestModels.withoutNodes().toByteArray())
        .statusCode(422)
        .body("detail", equalTo("the artifact is not a valid ONNX model: its graph has no nodes"));
    upload(t.operator(), modelId, "no-graph", OnnxTestModels.withoutGraph().toByteArray())
        .statusCode(422)
        .body("detail", containsString("no graph"));
    upload(t.operator(), modelId, "no-ir", OnnxTestModels.withoutIrVersion().toByteArray())
        .statusCode(422)
        .body("detail", containsString("ir_version"));

    t.viewer().get("/api/v1/models/" + modelId + "/versions").then().body("totalItems", equalTo(0));
    assertThat(storedFiles(t)).isEmpty();
    assertThat(incomingFiles()).isEmpty();
  }

  @Test
  void duplicateLabelIsAConflictAndIdenticalBytesShareOneFile() {
    TestTenant t = TestTenant.create("duplabel");
    String modelId = createModel(t, "mlp");
    String first = upload(t.operator(), modelId, "1.0.0", MLP).statusCode(201).extract().path("id");

    upload(
            t.operator(),
            modelId,
            "1.0.0",
            OnnxTestModels.mlpWithInitializersAsInputs().toByteArray())
        .statusCode(409)
        .body("detail", containsString("1.0.0"));
    assertThat(storedFiles(t)).containsExactly(MLP_SHA256);

    String otherModel = createModel(t, "mlp-copy");
    String second =
        upload(t.operator(), otherModel, "1.0.0", MLP).statusCode(201).extract().path("id");
    assertThat(storedFiles(t)).containsExactly(MLP_SHA256);

    t.operator().delete("/api/v1/models/" + modelId + "/versions/" + first).then().statusCode(204);
    assertThat(storedFiles(t)).as("still used by the other version").containsExactly(MLP_SHA256);
    t.viewer()
        .get("/api/v1/models/" + otherModel + "/versions/" + second + "/artifact")
        .then()
        .statusCode(200);
    t.operator()
        .delete("/api/v1/models/" + otherModel + "/versions/" + second)
        .then()
        .statusCode(204);
    assertThat(storedFiles(t)).isEmpty();
  }

  @Test
  void labelsAreValidatedAndUnknownModelsAreNotFound() {
    TestTenant t = TestTenant.create("labels");
    String modelId = createModel(t, "mlp");
    t.operator()
        .contentType("application/octet-stream")
        .body(MLP)
        .post("/api/v1/models/" + modelId + "/versions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("label"))
        .body("errors[0].message", equalTo("is required"));
    upload(t.operator(), modelId, "../etc/passwd", MLP)
        .statusCode(400)
        .body("errors[0].field", equalTo("label"));
    upload(t.operator(), modelId, "v".repeat(65), MLP)
        .statusCode(400)
        .body("errors[0].field", equalTo("label"));
    upload(t.operator(), "8d0c4a4e-0000-4000-8000-000000000000", "1.0", MLP).statusCode(404);
    t.viewer()
        .get("/api/v1/models/8d0c4a4e-0000-4000-8000-000000000000/versions")
        .then()
        .statusCode(404);
    t.viewer()
        .get("/api/v1/models/" + modelId + "/versions/8d0c4a4e-0000-4000-8000-000000000000")
        .then()
        .statusCode(404);
    assertThat(storedFiles(t)).isEmpty();
  }

  @Test
  void listsShowVersionCountAndLatestLabel() {
    TestTenant t = TestTenant.create("versionstats");
    String withVersions = createModel(t, "a-mlp");
    createModel(t, "b-empty");
    upload(t.operator(), withVersions, "1.0.0", MLP).statusCode(201);
    upload(
            t.operator(),
            withVersions,
            "1.1.0",
            OnnxTestModels.mlpWithInitializersAsInputs().toByteArray())
        .statusCode(201);

    t.viewer()
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .body("items[0].versionCount", equalTo(2))
        .body("items[0].latestVersion", equalTo("1.1.0"))
        .body("items[1].versionCount", equalTo(0))
        .body("items[1].latestVersion", nullValue());
    t.viewer()
        .queryParam("sort", "label")
        .get("/api/v1/models/" + withVersions + "/versions")
        .then()
        .body("items.label", equalTo(List.of("1.0.0", "1.1.0")));
  }

  @Test
  void modelsWithVersionsAndVersionsInUseCannotBeDeleted() throws Exception {
    TestTenant t = TestTenant.create("inuse");
    String modelId = createModel(t, "mlp");
    String versionId =
        upload(t.operator(), modelId, "1.0.0", MLP).statusCode(201).extract().path("id");

    t.operator()
        .delete("/api/v1/models/" + modelId)
        .then()
        .statusCode(409)
        .body("detail", containsString("1 version"));
    deployVersion(t, versionId);
    t.operator()
        .delete("/api/v1/models/" + modelId + "/versions/" + versionId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("deployments"));

    t.viewer()
        .get("/api/v1/models/" + modelId + "/versions/" + versionId + "/artifact")
        .then()
        .statusCode(200);
    assertThat(storedFiles(t)).containsExactly(MLP_SHA256);
  }

  @Test
  void viewerCannotUploadOrDeleteAndAnAgentCanOnlyDownload() {
    TestTenant t = TestTenant.create("versionroles");
    String modelId = createModel(t, "mlp");
    upload(t.viewer(), modelId, "1.0.0", MLP)
        .statusCode(403)
        .contentType("application/problem+json");
    String versionId =
        upload(t.operator(), modelId, "1.0.0", MLP).statusCode(201).extract().path("id");
    String path = "/api/v1/models/" + modelId + "/versions/" + versionId;
    t.viewer().delete(path).then().statusCode(403);

    String agent = t.token("AGENT");
    byte[] downloaded =
        given()
            .auth()
            .oauth2(agent)
            .get(path + "/artifact")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(downloaded).isEqualTo(MLP);
    given().auth().oauth2(agent).get(path).then().statusCode(403);
    upload(given().auth().oauth2(agent), modelId, "2.0.0", MLP).statusCode(403);
    given().get(path + "/artifact").then().statusCode(401);
    t.viewer().get("/api/v1/models/" + modelId).then().body("versionCount", equalTo(1));
  }

  @Test
  void tenantBCannotReadDownloadDeleteOrUploadToTenantAModels() {
    TestTenant a = TestTenant.create("versiona");
    TestTenant b = TestTenant.create("versionb");
    String modelId = createModel(a, "mlp");
    String versionId =
        upload(a.operator(), modelId, "1.0.0", MLP).statusCode(201).extract().path("id");
    String path = "/api/v1/models/" + modelId + "/versions/" + versionId;

    b.admin().get("/api/v1/models/" + modelId + "/versions").then().statusCode(404);
    b.admin().get(path).then().statusCode(404);
    b.admin()
        .get(path + "/artifact")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().auth().oauth2(b.token("AGENT")).get(path + "/artifact").then().statusCode(404);
    b.admin().delete(path).then().statusCode(404);
    upload(b.admin(), modelId, "2.0.0", MLP).statusCode(404);

    a.viewer().get(path).then().statusCode(200);
    a.viewer()
        .get("/api/v1/models/" + modelId)
        .then()
        .body("versionCount", equalTo(1))
        .body("latestVersion", equalTo("1.0.0"));
    assertThat(storedFiles(a)).containsExactly(MLP_SHA256);
    assertThat(storedFiles(b)).isEmpty();
    b.admin().get("/api/v1/models").then().body("items.name", not(hasItem("mlp")));
  }
}
