package org.staffcast.forecasting.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The built-in models, simplest first, and lookup by name. */
public final class Models {

    private Models() {
    }

    /** Every built-in model, in order of complexity. */
    public static List<ForecastModel> all() {
        List<ForecastModel> list = new ArrayList<>();
        list.add(new SeasonalNaive());
        list.add(new WeeksAverage(6));
        list.add(new TopDownHoltWinters());
        list.add(new SeasonalRegression());
        list.add(new DoubleSeasonal());
        return List.copyOf(list);
    }

    /** Names of the built-in models. */
    public static List<String> names() {
        return all().stream().map(ForecastModel::name).toList();
    }

    /** The model called {@code name} (case-insensitive). */
    public static ForecastModel byName(String name) {
        for (ForecastModel m : all()) {
            if (m.name().equalsIgnoreCase(name.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; known: auto, " + String.join(", ", names()));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
