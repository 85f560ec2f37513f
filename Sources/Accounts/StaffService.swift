import TribunalKernel

/// The staff list's rules: a member is checked (names given, the post not ending before it
/// starts) before the repository stores it.
public struct StaffService: Sendable {
    public let staff: any StaffRepository

    public init(staff: any StaffRepository) {
        self.staff = staff
    }

    /// Adds a checked member; a refused one writes nothing.
    public func add(_ member: NewStaffMember) async throws -> StaffMember {
        try await staff.add(try member.validated())
    }

    /// Everyone, in identifier order.
    public func allStaff() async throws -> [StaffMember] {
        try await staff.allStaff()
    }

    /// Everyone, by identifier.
    public func directory() async throws -> [Int64: StaffMember] {
        try await staff.directory()
    }
}
