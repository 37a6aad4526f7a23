//! The next step for an error: every decoded revert and common failure the CLI reports gets one
//! line saying what to do, looked up by the error's name (or a node's message) in one table.

/// `(what the error message contains, what to do next)`, checked in order.
const HINTS: &[(&str, &str)] = &[
    (
        "NothingToClaim",
        "rewards accrue when an epoch closes; `tensora miner status` (or `validator status`) shows what is claimable, and delegation rewards are claimed with `tensora claim --delegation <validator>`",
    ),
    (
        "NothingToWithdraw",
        "unbonded TORA can be withdrawn from its release time on; `tensora miner status` (or `validator status`) shows the tranches and their release times",
    ),
    (
        "WrongPhase",
        "`tensora epoch status --subnet <id>` shows the current phase and when the next one opens",
    ),
    (
        "NotRegistered",
        "register first with `tensora miner register` or `tensora validator register`; `tensora miner status --address <you>` shows your membership",
    ),
    (
        "AlreadyRegistered",
        "this account is already a member; `tensora miner status --address <you>` shows its role and bond (use another account to take a second slot)",
    ),
    (
        "WrongRole",
        "this command is for the other role: check with `tensora miner status --address <you>`",
    ),
    (
        "BondBelowMinimum",
        "`tensora subnet show --id <id>` shows the minimum bonds; unbonding must leave at least the minimum, or use `deregister` to leave",
    ),
    (
        "ERC20InsufficientBalance",
        "the account lacks TORA: ask a holder to send some (`tensora transfer --to <you> --amount <TORA>`)",
    ),
    (
        "ERC20InsufficientAllowance",
        "approve the TORA first: pass --approve (it is simulated with the action and sent only if both succeed)",
    ),
    (
        "GovernorInsufficientProposerVotes",
        "votes come from delegated TORA: `tensora gov delegate --to <you>` (counts from the next second)",
    ),
    (
        "GovernorUnexpectedProposalState",
        "`tensora gov status --proposal <n|id|latest>` shows its state and deadlines",
    ),
    (
        "TimelockUnexpectedOperationState",
        "`tensora gov status --proposal <n|id|latest>` shows when the timelock lets it execute",
    ),
    (
        "GovernorAlreadyCastVote",
        "each account votes once per proposal",
    ),
    (
        "NotCoordinator",
        "before the open-to-all time only the subnet's coordinator may close; after it anyone can (`tensora epoch close`)",
    ),
    (
        "HyperparameterCooldown",
        "hyperparameters can change again from the time shown",
    ),
    (
        "HyperparameterFreeze",
        "hyperparameters cannot change near the end of an epoch; try after it closed",
    ),
    (
        "HyperparameterOutOfBounds",
        "the value must lie within governance's bounds shown in the error",
    ),
    (
        "SubnetPaused",
        "the subnet's owner or the guardian paused it; `tensora subnet show --id <id>` shows its state",
    ),
    (
        "SubnetDeactivated",
        "governance deactivated this subnet: members can only leave and withdraw",
    ),
    (
        "OpenCommitment",
        "reveal this epoch's commitment first (`tensora scores reveal`) or wait until the epoch closed",
    ),
    (
        "CloseInProgress",
        "a chunked epoch close is under way; wait for the coordinator to finish it (`tensora epoch status --subnet <id>`)",
    ),
    (
        "NoCommitment",
        "commit first with `tensora scores commit` in the commit phase",
    ),
    (
        "CommitmentMismatch",
        "the revealed scores or salt differ from the commit: reveal the same file with the kept salt (`tensora scores reveal`)",
    ),
    (
        "NoReplaceableSlot",
        "the subnet is full and no member can be replaced now (all immune or scoring higher); try again after the next epochs",
    ),
    (
        "TooManyParticipants",
        "the subnet has as many validators as it allows; try again when one leaves",
    ),
    (
        "NotOwner(",
        "only the owner may do this; check the owner with `tensora subnet show --id <id>`",
    ),
    (
        "PriceNotSet",
        "the paymaster has no TORA price yet: the keeper or governance sets it with `tensora paymaster set-price`",
    ),
    (
        "InsufficientAllowance",
        "the smart account has not approved the paymaster for enough TORA: accounts from TensoraAccountFactory approve it at creation; otherwise approve it from the account (execute(TORA, 0, approve(paymaster, amount)))",
    ),
    (
        "InsufficientBalance",
        "the smart account holds less TORA than the operation's maximum charge: send it TORA (`tensora transfer --to <account> --amount <TORA>`)",
    ),
    (
        "FeeAboveCap",
        "the operation's maxFeePerGas is above governance's cap (`tensora paymaster status` shows it): wait for cheaper gas",
    ),
    (
        "CostAboveCap",
        "the operation's maximum cost is above governance's cap per operation (`tensora paymaster status`): lower its gas limits or split the call",
    ),
    (
        "GS026",
        "the Safe rejected the signatures: the file was edited after signing or a signer is not an owner; rebuild and sign again",
    ),
    (
        "insufficient funds",
        "the sender lacks ETH for gas (on the devnet every dev account has 10,000 ETH: `tensora devnet` lists them)",
    ),
    (
        "cannot reach",
        "start a node with `tensora devnet`, or point --rpc-url (ETH_RPC_URL) at a running one",
    ),
    (
        "no deployment record",
        "deploy the suite with `tensora deploy`, or point --deployments (TENSORA_DEPLOYMENTS) at the directory holding <chainId>.json",
    ),
];

/// The next step for `message`, if the table knows one.
pub(crate) fn next_step(message: &str) -> Option<&'static str> {
    HINTS
        .iter()
        .find(|(needle, _)| message.contains(needle))
        .map(|(_, hint)| *hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoded_errors_get_their_next_step() {
        assert!(
            next_step("claiming rewards reverted: NothingToClaim { account: 0x00 }")
                .is_some_and(|h| h.contains("epoch closes"))
        );
        assert!(next_step("something unknown").is_none());
    }
}
