import Testing
@Test func placeholder() { #expect(true) }
import Yams
import HummingbirdTesting
