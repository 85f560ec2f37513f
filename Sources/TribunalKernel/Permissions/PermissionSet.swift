/// What one module contributes to who may do what: its permissions, and the roles granted each.
///
/// A module that brings roles of its own (the party-building module's branch secretary, the
/// newsroom's editor) names them here; the court's roles are the union of every set's.
public struct PermissionSet: Sendable {
    /// The module's name, for messages and the administrators' overview.
    public let module: String
    /// Each of the module's permissions and the roles that hold it.
    public let grants: [Permission: Set<Role>]
    /// Roles the module defines even if it grants them nothing yet.
    public let roles: Set<Role>

    public init(module: String, roles: Set<Role> = [], grants: [Permission: Set<Role>]) {
        self.module = module
        self.grants = grants
        self.roles = roles.union(grants.values.flatMap { $0 })
    }
}

/// Every module's permission set together: the one place that answers "may this role do that?".
public struct PermissionRegistry: Sendable {
    private let holders: [Permission: Set<Role>]
    private let owners: [Permission: String]
    /// Every role some module defines or grants something to.
    public let roles: Set<Role>

    /// Combines the sets; a permission must belong to exactly one module.
    public init(_ sets: [PermissionSet]) {
        var holders: [Permission: Set<Role>] = [:]
        var owners: [Permission: String] = [:]
        for set in sets {
            for (permission, roles) in set.grants {
                precondition(owners[permission] == nil, "\(permission) is declared by both \(owners[permission]!) and \(set.module)")
                owners[permission] = set.module
                holders[permission] = roles
            }
        }
        self.holders = holders
        self.owners = owners
        roles = Set(sets.flatMap(\.roles))
    }

    /// Whether `role` holds `permission`. An unknown role or permission holds nothing.
    public func may(_ role: Role, _ permission: Permission) -> Bool {
        holders[permission]?.contains(role) ?? false
    }

    /// Every permission the registry knows, with its module, sorted by module then name.
    public var permissions: [(module: String, permission: Permission)] {
        owners.map { ($0.value, $0.key) }.sorted { ($0.module, $0.permission.rawValue) < ($1.module, $1.permission.rawValue) }
    }

    /// The roles that hold `permission`.
    public func holders(of permission: Permission) -> Set<Role> {
        holders[permission] ?? []
    }
}

extension PermissionSet {
    /// Whether `role` holds `permission` by this set alone (a module asking about its own).
    public func may(_ role: Role, _ permission: Permission) -> Bool {
        grants[permission]?.contains(role) ?? false
    }
}
