package org.staffcast.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Top-level OpenAPI description; micronaut-openapi writes {@code META-INF/swagger/staffcast-v1.yml} at build time
 * and {@link OpenApiController} serves it at {@code /api/v1/openapi.yml}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Staffcast", version = "v1",
                description = "Workforce management for contact centers: master data, contact history, forecasts with "
                        + "manager adjustments, staffing requirements. Errors are application/problem+json. "
                        + "Authenticate with 'Authorization: Bearer <token>' (create one with 'staffcast token create').",
                license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public final class ApiDocumentation {

    private ApiDocumentation() {
    }
}
