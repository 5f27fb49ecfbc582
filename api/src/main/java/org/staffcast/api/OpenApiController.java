package org.staffcast.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI description generated at build time, without authentication. */
@Controller("/api/v1")
@Hidden
public class OpenApiController {

    static final String RESOURCE = "/META-INF/swagger/staffcast-v1.yml";
    private final String yaml;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
            yaml = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<String> openApi() {
        if (yaml == null) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(yaml);
    }
}
