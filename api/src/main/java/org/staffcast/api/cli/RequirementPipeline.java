package org.staffcast.api.cli;

import org.staffcast.solver.generate.SiteGenerator;

/**
 * Where a generated site's requirements come from. The seam between the site generator (solver module) and the
 * forecasting and staffing pipeline (forecasting module).
 */
final class RequirementPipeline {

    private RequirementPipeline() {
    }

    static SiteGenerator.RequirementSource source() {
        return SiteGenerator::syntheticRequirements;
    }

    static String description() {
        return "requirements: synthetic intraday curve sized with Erlang C";
    }
}
