import TribunalKernel

/// The judges and judicial staff of the Tribunal.
public protocol StaffRepository: Sendable {
    /// Adds a staff member and returns it with its identifier.
    func add(_ member: NewStaffMember) async throws -> StaffMember
    /// Everyone, in identifier order.
    func allStaff() async throws -> [StaffMember]
    /// One member, or nil.
    func staffMember(id: Int64) async throws -> StaffMember?
}

extension StaffRepository {
    /// Everyone, by identifier: what `CourtCase.apply` needs to check a panel.
    public func directory() async throws -> [Int64: StaffMember] {
        Dictionary(uniqueKeysWithValues: try await allStaff().map { ($0.id, $0) })
    }
}
