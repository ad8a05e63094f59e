import Foundation

extension KennisbankError.SystemReason {
    /// The reason of `error`: its POSIX error number when it (or the error beneath it) has one.
    init(_ error: any Error) {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self = .errno(Int32(underlying.code))
        } else if error.domain == NSPOSIXErrorDomain {
            self = .errno(Int32(error.code))
        } else {
            self = .described(error.localizedDescription)
        }
    }
}
