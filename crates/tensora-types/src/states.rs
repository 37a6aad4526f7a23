//! The states the contracts report as small integers: a subnet's lifecycle stage
//! (`ISubnetRegistry.Stage`), a governor proposal's state (OpenZeppelin's
//! `IGovernor.ProposalState`) and an inference request's (`IInferenceRequests.Status`). Their order
//! is the contracts' enum order.

/// A subnet's lifecycle stage, as `SubnetRegistry.stageOf` returns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Stage {
    /// Live with emission weight 0 (every subnet starts here).
    Bootstrapping,
    /// Live with a non-zero emission weight (set by governance).
    Active,
    /// Deactivated by governance: no new members; everyone can leave.
    Deactivated,
}

impl Stage {
    /// Every stage, in the contract's order.
    pub const ALL: [Self; 3] = [Self::Bootstrapping, Self::Active, Self::Deactivated];

    /// The stage with the contract's code, `None` for a code it does not define.
    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.get(usize::from(code)).copied()
    }

    /// Its name, as the contract spells it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Bootstrapping => "Bootstrapping",
            Self::Active => "Active",
            Self::Deactivated => "Deactivated",
        }
    }
}

/// A governor proposal's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ProposalState {
    /// Created; voting has not started.
    Pending,
    /// Voting is open.
    Active,
    /// Canceled by its proposer or the guardian.
    Canceled,
    /// Voting ended without quorum or majority.
    Defeated,
    /// Voting passed; it can be queued.
    Succeeded,
    /// In the timelock; executable after its eta.
    Queued,
    /// Not executed in time.
    Expired,
    /// Executed.
    Executed,
}

impl ProposalState {
    /// Every state, in the governor's order.
    pub const ALL: [Self; 8] = [
        Self::Pending,
        Self::Active,
        Self::Canceled,
        Self::Defeated,
        Self::Succeeded,
        Self::Queued,
        Self::Expired,
        Self::Executed,
    ];

    /// The state with the governor's code, `None` for a code it does not define.
    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.get(usize::from(code)).copied()
    }

    /// Its name, as OpenZeppelin spells it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Pending => "Pending",
            Self::Active => "Active",
            Self::Canceled => "Canceled",
            Self::Defeated => "Defeated",
            Self::Succeeded => "Succeeded",
            Self::Queued => "Queued",
            Self::Expired => "Expired",
            Self::Executed => "Executed",
        }
    }

    /// The name of state `code` (`?` for a code the governor does not define).
    pub fn name_of(code: u8) -> &'static str {
        Self::from_code(code).map_or("?", Self::name)
    }
}

/// An escrowed inference request's state (`IInferenceRequests.Status`; code 0 is "no such
/// request").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum RequestStatus {
    /// Waiting for answers, scores or its release.
    Open,
    /// Paid out to the answering miners by their scores.
    Released,
    /// Its fee went back to the requester.
    Refunded,
}

impl RequestStatus {
    /// The status with the contract's code, `None` for 0 (no such request) or an unknown code.
    pub fn from_code(code: u8) -> Option<Self> {
        match code {
            1 => Some(Self::Open),
            2 => Some(Self::Released),
            3 => Some(Self::Refunded),
            _ => None,
        }
    }

    /// Its name, in lower case.
    pub fn name(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Released => "released",
            Self::Refunded => "refunded",
        }
    }
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::fmt::Display for ProposalState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_the_contract_enums() {
        assert_eq!(Stage::from_code(1), Some(Stage::Active));
        assert_eq!(Stage::from_code(3), None);
        assert_eq!(ProposalState::from_code(5), Some(ProposalState::Queued));
        assert_eq!(ProposalState::name_of(7), "Executed");
        assert_eq!(ProposalState::name_of(8), "?");
        assert_eq!(RequestStatus::from_code(0), None);
        assert_eq!(RequestStatus::from_code(3), Some(RequestStatus::Refunded));
        for (code, s) in ProposalState::ALL.iter().enumerate() {
            assert_eq!(
                ProposalState::from_code(u8::try_from(code).unwrap_or(u8::MAX)),
                Some(*s)
            );
        }
    }
}
