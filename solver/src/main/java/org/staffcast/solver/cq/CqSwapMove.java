package org.staffcast.solver.cq;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;

/**
 * Swaps the shifts of {@code left.get(i)} and {@code right.get(i)} for every {@code i}: with two employees on the
 * same days it swaps a block of days between them (the length-1 case swaps one day); with one employee on two days
 * it moves a shift from one day to another. The values are read when the move runs, so it never goes stale.
 */
final class CqSwapMove implements Move<CqSchedule> {

    private final List<CqAssignment> left;
    private final List<CqAssignment> right;

    CqSwapMove(List<CqAssignment> left, List<CqAssignment> right) {
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
    }

    @Override
    public void execute(MutableSolutionView<CqSchedule> view) {
        PlanningVariableMetaModel<CqSchedule, CqAssignment, CqShiftType> shift = view.getSolutionMetaModel()
                .genuineEntity(CqAssignment.class).basicVariable("shift", CqShiftType.class);
        for (int i = 0; i < left.size(); i++) {
            CqAssignment a = left.get(i);
            CqAssignment b = right.get(i);
            CqShiftType va = a.getShift();
            CqShiftType vb = b.getShift();
            view.changeVariable(shift, a, vb);
            view.changeVariable(shift, b, va);
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        List<Object> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        for (CqAssignment a : left) {
            values.add(a.getShift());
        }
        for (CqAssignment b : right) {
            values.add(b.getShift());
        }
        return values;
    }

    @Override
    public String describe() {
        return "CqSwap";
    }

    @Override
    public String toString() {
        return "swap " + left + " <-> " + right;
    }
}
