import type { SpaceView } from "@mend/core/spaces/contract";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { otherPersonName, spaceQuery, spacesKey, useLeaveSpace } from "./api.ts";

/** Leaving needs nobody's agreement; the dialog says plainly what it means before it happens. */
export function LeaveSpace({ space }: { space: SpaceView }) {
  const [confirming, setConfirming] = useState(false);
  const leave = useLeaveSpace(space.id);
  const navigate = useNavigate();
  const client = useQueryClient();
  const name = otherPersonName(space);
  const together = space.other !== null;

  const confirm = () =>
    leave.mutate(undefined, {
      onSuccess: async () => {
        await navigate("/", { replace: true, state: { notice: `You've left the space with ${name}.` } });
        client.removeQueries({ queryKey: spaceQuery(space.id).queryKey, exact: true });
        await client.invalidateQueries({ queryKey: spacesKey, exact: true });
      },
    });

  return (
    <section className="section section--quiet" aria-labelledby="leave-title">
      <h2 id="leave-title">Leave this space</h2>
      <p>
        You can leave at any time, for any reason, without anyone's agreement.
        {together ? ` ${name} keeps the space.` : ""}
      </p>
      <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
        Leave this space
      </button>
      <ConfirmDialog
        open={confirming}
        title="Leave this space?"
        confirmLabel="Leave this space"
        cancelLabel="Stay"
        pendingLabel="Leaving…"
        pending={leave.isPending}
        error={
          leave.error
            ? isApiError(leave.error)
              ? leave.error.message
              : "That didn't work. Please try again."
            : null
        }
        onConfirm={confirm}
        onCancel={() => {
          leave.reset();
          setConfirming(false);
        }}
      >
        <ul className="plain-list">
          <li>You'll lose access to this space and everything in it, straight away.</li>
          {together ? (
            <>
              <li>
                {name} keeps the space and can carry on using Mend. They'll see that you've left, and nothing
                more.
              </li>
              <li>If you want to come back later, {name} would need to invite you again.</li>
            </>
          ) : (
            <li>
              As you're the only one here, the space closes
              {space.invitation ? " and its invitation link stops working" : ""}.
            </li>
          )}
          <li>Nobody has to agree to this. It's your decision.</li>
        </ul>
      </ConfirmDialog>
    </section>
  );
}
