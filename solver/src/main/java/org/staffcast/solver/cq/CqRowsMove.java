package org.staffcast.solver.cq;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;

/** Sets new shifts (or off, {@code null}) on many days at once: the rows rebuilt by {@link CqRowMoveFactory}. */
final class CqRowsMove implements Move<CqSchedule> {

    private final List<CqAssignment> days;
    private final List<CqShiftType> values;

    CqRowsMove(List<CqAssignment> days, List<CqShiftType> values) {
        if (days.size() != values.size()) {
            throw new IllegalArgumentException(days.size() + " days but " + values.size() + " values");
        }
        this.days = List.copyOf(days);
        this.values = new ArrayList<>(values);
    }

    @Override
    public void execute(MutableSolutionView<CqSchedule> view) {
        PlanningVariableMetaModel<CqSchedule, CqAssignment, CqShiftType> shift = view.getSolutionMetaModel()
                .genuineEntity(CqAssignment.class).basicVariable("shift", CqShiftType.class);
        for (int i = 0; i < days.size(); i++) {
            view.changeVariable(shift, days.get(i), values.get(i));
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return new ArrayList<>(days);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return new ArrayList<>(values);
    }

    @Override
    public String describe() {
        return "CqRows";
    }

    @Override
    public String toString() {
        return "rows " + days + " := " + values;
    }
}
